"""PDF reports drawn with reportlab: no Qt, no pandas, no file system (callers write the bytes)."""
