/**
 * The articles under comparison: reading article files, storing them, finding them.
 *
 * <p>Public API: {@link com.crosscheck.corpus.CorpusService} (queries and single imports),
 * {@link com.crosscheck.corpus.CorpusImporter} (files and folders), {@link com.crosscheck.corpus.ArticleReader}
 * (the file format, usable without a database) and the records they exchange. Persistence lives in
 * {@code internal}, the Articles screen in {@code ui}. Other modules learn of new articles through
 * {@link com.crosscheck.corpus.ArticleImported}.
 */
@NullMarked
package com.crosscheck.corpus;

import org.jspecify.annotations.NullMarked;
