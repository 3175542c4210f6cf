"""What ParoleScreen stores. Personal data lives only in the few fields named here."""
