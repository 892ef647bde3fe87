package org.rasid.bench.stemming;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/** Small hand-made CoNLL-U texts with known lemmas. */
final class Snippets {
  private Snippets() {}

  /** A CoNLL-U line from its ten columns, separated by spaces here for legibility. */
  static String line(String spaceSeparatedColumns) {
    return String.join("\t", spaceSeparatedColumns.split(" ")) + "\n";
  }

  /**
   * Three sentences. Same lemma: الطلاب/الطالب (طالب) and المدرسة/مدرست/وبالمدرسة (مدرسة); the treebank splits
   * مدرستها and وبالمدرسة into their clitics, the first as a multiword token, the second with SpaceAfter=No.
   */
  static final String SCHOOL = "# newdoc id = d1\n"
      + "# sent_id = 1\n"
      + "# text = ذهب الطلاب إلى المدرسة.\n"
      + line("1 ذهب ذَهَب VERB _ _ 0 root _ _")
      + line("2 الطلاب طالِب NOUN _ _ 1 nsubj _ _")
      + line("3 إلى إِلَى ADP _ _ 4 case _ _")
      + line("4 المدرسة مَدرَسَة NOUN _ _ 1 obl _ SpaceAfter=No")
      + line("5 . . PUNCT _ _ 1 punct _ _")
      + "\n"
      + "# sent_id = 2\n"
      + line("1 يكتب كَتَب VERB _ _ 0 root _ _")
      + line("2 الطالب طالِب NOUN _ _ 1 nsubj _ _")
      + line("3 في فِي ADP _ _ 4 case _ _")
      + line("4-5 مدرستها _ _ _ _ _ _ _ _")
      + line("4 مدرست مَدرَسَة NOUN _ _ 1 obl _ _")
      + line("5 ها هُوَ PRON _ _ 4 nmod _ _")
      + line("6 كتابا كِتَاب NOUN _ _ 1 obj _ _")
      + line("6.1 حذف حذف VERB _ _ _ _ _ _")
      + line("7 2021 2021 NUM _ _ 1 nummod _ _")
      + "\n"
      + "# sent_id = 3\n"
      + line("1 و وَ CCONJ _ _ 3 cc _ SpaceAfter=No")
      + line("2 ب بِ ADP _ _ 3 case _ SpaceAfter=No")
      + line("3 المدرسة مَدرَسَة NOUN _ _ 0 root _ _")
      + "\n";

  static List<List<UdWord>> read(String conllu) {
    try {
      return ConllU.read(new BufferedReader(new StringReader(conllu)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
