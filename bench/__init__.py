"""The benchmark harness (``newswire bench``) and the repo's maintenance scripts."""
