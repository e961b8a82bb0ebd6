// Only for bench:load NO_FULLTEXT=1: measures what the full-text index on turn text costs a load.
DROP INDEX turn_text_search IF EXISTS
