"""Field extractors shared by both input kinds.

Each module has one job and reads only blocks, strings and the language
tables: :mod:`.dates` (the one date grammar), :mod:`.dateline`,
:mod:`.byline`, :mod:`.quotes` and :mod:`.speakers`, :mod:`.comments`,
:mod:`.boilerplate`, :mod:`.language`; :mod:`.assemble` builds the Article.
"""
