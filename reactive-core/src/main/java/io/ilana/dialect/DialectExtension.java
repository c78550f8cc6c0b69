package io.ilana.dialect;

/**
 * What a dialect package adds to a layer above the dialect: its query grammar, its schema grammar,
 * its migration lock. Every implementation is registered in {@code
 * META-INF/services/io.ilana.dialect.DialectExtension} and loaded with the dialects themselves,
 * once, on the thread that first needs a dialect (the one creating a database manager), so that
 * finding a grammar later reads no file on a query's thread. {@link DialectExtensions} looks them
 * up.
 */
public interface DialectExtension {

  /** The dialect class this extension is for; it serves subclasses that have none of their own. */
  Class<? extends Dialect> dialect();
}
