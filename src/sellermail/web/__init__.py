"""The local web page (``sellermail serve``): the library's compose, check, triage and batch
behind a small Starlette app, served by uvicorn on the seller's own machine.

- :mod:`.server` binds the address, prints the URL and runs the app;
- :mod:`.app` builds the app: routes, and the guard every request passes (Host, Origin and
  the page's token, body size);
- :mod:`.api` is the JSON API the page uses (the CLI's inputs in, its ``--json`` objects out);
- :mod:`.batches` holds the uploaded spreadsheets and their runs;
- :mod:`.pages` renders the HTML (one autoescaping Jinja environment) in English or Chinese;
- :mod:`.languages` says which message languages the page offers.

Nothing imports this package but the CLI's ``serve`` command: Starlette and uvicorn are loaded
only when the page is served.
"""
