"""Back up and restore the whole site: the database and every uploaded file, in one archive.

`manifest` describes and checks an archive, `database` dumps and restores each engine, `media`
finds the file storages and swaps restored files into place, `archive` puts them together for the
`backup` and `restore` management commands.
"""
