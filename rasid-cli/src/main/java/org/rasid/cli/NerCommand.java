package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.io.TextDecoder;
import org.rasid.nlp.ner.Conll;
import org.rasid.nlp.ner.Mention;
import org.rasid.nlp.ner.NerTagger;
import org.rasid.nlp.ner.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rasid ner}: named entities of raw text (one mention per line: type, offsets, text), or of a CoNLL file
 * ({@code token gold predicted} lines, the input of conlleval). Each input is tagged as one document.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tag persons, locations and organizations.",
      "rasid ner FILE|-          raw text in; one mention per line out: TYPE<TAB>start<TAB>end<TAB>text.",
      "rasid ner --conll FILE    'token TAG' lines in (blank line = sentence end); 'token gold predicted' out.",
      "Exit status: 0 done; 1 some input failed (reported on stderr); 2 usage error."
    })
final class NerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Text files, or '-' for standard input.")
  List<String> files = List.of();

  @Option(names = "--conll", paramLabel = "FILE", description = "Tag a CoNLL 'token TAG' file for conlleval.")
  Path conll;

  @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the shipped model).")
  Path model;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((conll == null) == files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give FILE|- or --conll FILE");
    }
    NerTagger tagger = tagger(model);
    if (conll != null) {
      // The file is one running document, as in 'rasid eval ner'.
      List<TaggedSentence> sentences = Conll.readTokenTag(conll);
      List<List<String>> all = tagger.labelDocument(sentences.stream().map(TaggedSentence::words).toList());
      for (int k = 0; k < sentences.size(); k++) {
        TaggedSentence s = sentences.get(k);
        List<String> predicted = all.get(k);
        for (int i = 0; i < s.words().size(); i++) {
          out.println(s.words().get(i) + " " + s.tags().get(i) + " " + predicted.get(i));
        }
        out.println();
      }
      out.flush();
      return RasidCli.OK;
    }
    int status = RasidCli.OK;
    for (String file : files) {
      try {
        byte[] bytes = file.equals("-") ? System.in.readNBytes((int) Limits.MAX_DOCUMENT_BYTES + 1)
            : Files.readAllBytes(Path.of(file));
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
          throw InputRejectedException.tooLarge(file, Limits.MAX_DOCUMENT_BYTES);
        }
        String text = TextDecoder.decode(bytes, file).text();
        if (files.size() > 1) {
          out.println("# " + file);
        }
        for (Mention m : tagger.mentions(text)) {
          out.println(m.type().tag() + "\t" + m.start() + "\t" + m.end() + "\t" + m.text());
        }
      } catch (InputRejectedException | IOException e) {
        err.println("rasid ner: " + (e instanceof InputRejectedException ? e.getMessage() : file + ": " + e));
        status = RasidCli.SOME_FAILED;
      }
    }
    out.flush();
    return status;
  }

  static NerTagger tagger(Path model) throws IOException {
    return model == null ? NerTagger.load() : NerTagger.read(model);
  }
}
