"""Small helpers the plugins and the comment server share (stdlib only): files written whole
(`files`) and the warning for a setting that falls back to its default (`settings`)."""
