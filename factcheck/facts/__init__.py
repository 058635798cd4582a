"""Facts no topic file covers: keys from a figure's context (attribute, scope, qualifier, modality), subjects
(which figures are about one event or entity) and wire copies (one agency text in several outlets)."""
