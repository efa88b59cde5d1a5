"""The reply machinery (private): declarations, one codec per format family, a registry."""
