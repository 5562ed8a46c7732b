"""Exchange with other vaults: who we are, whom we know, what we send them and how it travels.

The format and protocol code of everything that leaves this vault or arrives in it:

- :mod:`app.exchange.identity`: this vault's own key pairs and the contact cards vaults swap;
- :mod:`app.exchange.contacts`: the vaults and people we exchange bundles with, and whether
  their keys were verified;
- :mod:`app.exchange.bundle`: sealed case bundles (export, preview, import, merge) and the
  border bundle's container and tables;
- :mod:`app.exchange.border`: border mode, the whole vault out into one sealed file and back.

It reads and writes the vault only through :mod:`app.store`, never with SQL of its own.
"""
