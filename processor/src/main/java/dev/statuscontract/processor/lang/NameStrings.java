package dev.statuscontract.processor.lang;

import java.lang.ref.WeakReference;
import javax.lang.model.element.Name;

/**
 * Names as strings, remembered. javac decodes a {@link Name} from its name table each time it is
 * asked for it as a string, and the processor asks for the same few (the qualified names of the
 * annotation types it reads, of the classes it checks, the names of annotation attributes) again
 * and again: decoding them was about a tenth of the processor's own time in the benchmark.
 *
 * <p>javac keeps one {@code Name} for each name of a compilation, so names are remembered by
 * identity, in a fixed number of slots, each holding the last name that fell in it; a slot holds
 * its name weakly, so that nothing of a compilation is kept past it. A compiler whose names are not
 * unique only finds fewer of them remembered.
 */
public final class NameStrings {

  /** A power of two. */
  private static final int SLOTS = 4096;

  /** Racy by design: an entry is immutable but for its referent, and a slot read empty or stale is a miss. */
  private static final Entry[] CACHE = new Entry[SLOTS];

  private static final class Entry extends WeakReference<Name> {
    final String text;

    Entry(Name name, String text) {
      super(name);
      this.text = text;
    }
  }

  private NameStrings() {}

  /** {@code name.toString()}. */
  public static String of(Name name) {
    int slot = System.identityHashCode(name) & (SLOTS - 1);
    Entry entry = CACHE[slot];
    if (entry != null && entry.get() == name) {
      return entry.text;
    }
    String text = name.toString();
    CACHE[slot] = new Entry(name, text);
    return text;
  }
}
