"""Peer-suite conformance harness: factcheck mentions scored against Recognizers-Text and Duckling cases."""
