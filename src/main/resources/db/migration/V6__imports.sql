-- Imports from uploads, URLs and pasted text: an article is also a duplicate when its web address, normalised
-- (scheme, host case, "www.", fragment, tracking parameters and a trailing slash ignored), is already stored.
-- Filled in by the application (UrlKey), also for rows stored before this migration.
alter table article add column url_key varchar(2000);

create index article_url_key_idx on article (url_key);
