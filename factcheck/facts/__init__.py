"""Facts no topic file covers: keys from a figure's context (attribute, scope, qualifier, modality), stories
(which documents tell one story) and wire copies (one agency text in several outlets)."""
