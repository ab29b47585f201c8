"""Imported by the fork server of ``gaiko.pipeline.extract_bytes_within``: runs the extractor once on a short
invented page, so that what it builds on first use (the tokenizer's dictionary, compiled patterns, lexicon
indexes: ~0.17 s) is built before the fork and shared by every upload's process instead of redone in each."""

from gaiko.pipeline import extract_text

extract_text("日露外相会談\n令和2年5月10日\n\n1 5月10日、茂木外務大臣はラヴロフ・ロシア外相と会談を行いました。\n")
