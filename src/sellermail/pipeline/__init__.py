"""The pipelines: the stages composed into what a user asks for — check a draft, polish a
message, reply to an inbound message, triage a folder. The CLI and the web page call these."""
