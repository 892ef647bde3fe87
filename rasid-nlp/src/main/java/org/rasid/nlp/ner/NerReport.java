package org.rasid.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The NER evaluation of {@code rasid eval ner}: the tagger scored (conlleval, entity level, {@link EntityScorer}) on
 * ANERcorp dev and test and on the held-out NewsFANE sentences ({@link NerData}), per type and overall, with the
 * published scores on the ANERcorp test split beside ours; as a text table and as the Markdown page docs/ner.md.
 *
 * @param rows one row per data set
 * @param features the model's feature count
 * @param trainingSummary how the model was trained ({@link NerTraining#summary}), empty when unknown
 * @param loadMillis how long reading the model took, or -1 when not measured
 */
public record NerReport(List<Row> rows, int features, String trainingSummary, long loadMillis) {
  /** Published F1 on the CAMeL Lab ANERcorp test split (AraBERT README): name and F1. */
  public static final List<Published> PUBLISHED = List.of(new Published("AraBERT v0.1", 83.1),
      new Published("AraBERT v1", 82.4), new Published("BiLSTM-CRF", 81.7), new Published("mBERT", 78.4));

  /** A published overall F1 on ANERcorp test. */
  public record Published(String system, double f1) {}

  /**
   * One data set's scores.
   *
   * @param dataset its name
   * @param sentences how many sentences
   * @param scorer the counts
   */
  public record Row(String dataset, int sentences, EntityScorer scorer) {}

  public NerReport {
    rows = List.copyOf(rows);
  }

  /** Scores {@code tagger} on the three data sets; {@code trainingSummary} may be empty, {@code loadMillis} -1. */
  public static NerReport evaluate(NerTagger tagger, NerData data, String trainingSummary, long loadMillis) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("ANERcorp dev", data.dev().size(), NerEvaluation.score(tagger, data.dev())));
    rows.add(new Row("ANERcorp test", data.test().size(), NerEvaluation.score(tagger, data.test())));
    rows.add(new Row("NewsFANE held-out", data.newsFaneTest().size(),
        NerEvaluation.score(tagger, data.newsFaneTest())));
    return new NerReport(rows, tagger.featureCount(), trainingSummary, loadMillis);
  }

  /** The row of a data set by name. */
  public Row row(String dataset) {
    return rows.stream().filter(r -> r.dataset().equals(dataset)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no data set " + dataset));
  }

  /** The table as Markdown (also readable as text): data set × type × P/R/F1, then the published scores. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("| data set | sentences | type | precision | recall | F1 | gold | predicted | correct |\n");
    sb.append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      List<String> types = new ArrayList<>(r.scorer().types());
      types.add(null);
      for (String type : types) {
        EntityScorer.Score s = r.scorer().score(type);
        sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %s | %d | %d | %d |%n", r.dataset(),
            r.sentences(), type == null ? "**overall**" : type, 100 * s.precision(), 100 * s.recall(),
            type == null ? String.format(Locale.ROOT, "**%.2f**", 100 * s.f1())
                : String.format(Locale.ROOT, "%.2f", 100 * s.f1()),
            s.gold(), s.predicted(), s.correct()));
      }
    }
    if (loadMillis >= 0) {
      sb.append(String.format(Locale.ROOT, "%nModel: %,d features, read in %d ms.%n", features, loadMillis));
    }
    sb.append("\nOverall F1 on ANERcorp test, ours beside the published systems (AraBERT README):\n\n");
    sb.append("| system | F1 |\n|---|---:|\n");
    sb.append(String.format(Locale.ROOT, "| **rasid** (averaged perceptron, %,d features) | **%.1f** |%n", features,
        100 * row("ANERcorp test").scorer().score(null).f1()));
    for (Published p : PUBLISHED) {
      sb.append(String.format(Locale.ROOT, "| %s | %.1f |%n", p.system(), p.f1()));
    }
    return sb.toString();
  }

  /** The whole page docs/ner.md: method, features, data, licences, the command, and the table. */
  public String markdown() {
    return """
        # Named entities (rasid-nlp)

        `org.rasid.nlp.ner.NerTagger` tags persons (PERS), locations (LOC) and organizations (ORG) in Arabic text.
        Pure Java, no native code, no GPL code or data. This page is written by `./rasid eval ner --shared ../shared
        --md docs/ner.md`; the model is made by `./rasid train-ner --shared ../shared`.

        ## Scores

        Entity-level precision, recall and F1, computed as conlleval does (a chunk counts when its start, end and type
        match exactly; `I-X` without `B-X` starts a chunk), over PERS, LOC and ORG: ANERcorp's MISC is read as `O` in
        both gold and prediction before scoring, which is conlleval run on the three types.

        %s
        ## Training of this model

        %s
        ## Method

        - **Tokens** (`ArabicTokenizer`): as in ANERcorp: punctuation split off (« » ، ؛ ؟ . , ( ) " -), clitics left
          attached (والصادرات), numbers with their decimal point kept whole.
        - **Model**: first-order linear chain, trained as a structured averaged perceptron (Collins 2002) with Viterbi
          decoding constrained to valid BIO (`I-X` only after `B-X`/`I-X`). Labels: O and B/I of PERS, LOC, ORG and
          MISC (MISC is learnt, not scored, and not returned as a mention).
        - **Training** (`PerceptronTrainer`): up to 20 epochs in an order shuffled with a fixed seed; after each
          epoch the averaged weights tag the dev set and the best dev epoch is kept; stop after 3 epochs without a
          better dev F1 (each epoch's scores are in the training summary above). Word dropout: a training token's own identity features (word, normalized form, stem) are
          hidden with probability 0.25 per visit, so context, affix and cluster features learn to find unseen names.
          Features whose averaged weights are all below 0.05 are pruned; weights are stored as half-precision floats
          (`ModelFormat`, version header `RASIDNER` 2). The scores above are of the file as read back.
        - **Two passes** (stacking, `NerTraining.stack`): the document is tagged once, then tagged again by a second
          model that sees the first pass's features that survived pruning plus features of the first pass's labels
          (`FeatureExtractor.stack`): the labels at −1…+1, and what the same stem was labelled elsewhere in the 8
          sentences before and after (each label, the set of types, the most frequent label, and that set with the
          label here), so a name found once is found again where its context is weaker. The second pass is trained
          on first-pass labels of the training text got by 5-fold jackknifing (each fold tagged by a model trained
          on the other four), so it learns how far to trust labels on unseen text. At tagging time one lookup per
          key reads both passes' half-precision weights (`TwoPassWeights`).
        - **Family-name rule** (`FamilyNames`): when the best path leaves a title + known given name as a one-word
          person and the next word is a bare Arabic word (no clitic, no trigger, no place), the best path with that
          word forced to I-PERS is taken if it scores at most a margin below (الرئيس الإيراني إبراهيم رئيسي: رئيسي is
          also the adjective "main"). The margin is chosen on dev (training summary above; ties go to the larger
          margin) and stored in the model.
        - **Features** (`FeatureExtractor`, hashed to 64-bit keys): bias; the word; its normalized form (N,
          `ArabicNormalizer`) at −2…+2; its clitic-stripped stem (S; و ف ب ل ك ال and combinations, then one
          pronoun, after rasid-index's `ArabicClitics`) at −1…+1; the proclitics and enclitic stripped; prefixes and
          suffixes of N (1–4) and S (1–3); up to 10 character trigrams of S; word shape (Arabic, Latin upper/lower,
          digits, tatweel, diacritics, punctuation) at −1…+1 and shape pairs; stem length bucket; normalized bigrams
          (−1,0), (0,+1) and the stem bigram (−1,0); the last two letters of N at −1 and +1 (nisba adjectives:
          الرئيس اللبناني …); trigger classes at −4…+2 (titles before persons, heads of organizations, place nouns,
          verbs of saying, name particles: ~250 words compiled for rasid, `Triggers`), and the trigger at −1 with the
          stem; the place gazetteer (longest match, B/I and length, at −1…+1); word clusters at 3 granularities (32,
          128, 512) at −1…+1; sentence start; **names** (`Names`): whether the stem is a given name, a family name,
          a middle name part, a word of an organization name or a one-word actor, at −1…+1, with the pairs (−1,0) and
          (0,+1) (a given name before an unknown word) and the trigger at −1 × the bits at 0; **document cues**: the trigger classes that the token's stem
          follows anywhere in the 8 sentences before and after (a title, an organization head, a place noun, a verb
          of saying, a name particle), so a name introduced as الرئيس اللبناني إميل لحود is also found in وقال لحود.
          Text is tagged as a document: `mentions(text)` uses the whole text, the evaluation reads each data set
          as running text in corpus order (the corpora are news articles in reading order).
        - **Word clusters** (`WordClusters`): embeddings-free distributional classes learnt at training time from the
          training text only: each stem seen ≥ 3 times is described by its left and right neighbours among the 400
          most frequent stems; spherical k-means (12 iterations, seeded by the most frequent stems) groups them.
        - **Gazetteer** (`Places`, resource `places.txt`): 6,000+ Arabic city and country names compiled from
          world-cities-ar (CC BY 4.0, see NOTICE) by `./rasid train-ner --places-out FILE`.
        - **Names** (`Names`): `given-names.txt`, ~400 common Arabic and foreign given names in Arabic spelling
          written for rasid; `names.txt`, ~2,200 name parts compiled from the CAMEO Arabic actor dictionary
          (UniversalPetrarch `actor_dict_ar_v4.txt`, MIT, see NOTICE) by `./rasid train-ner --names-out FILE`:
          entries whose head is an organization noun give their other words (nisba also feminine); the others lose
          leading titles and, when their code is more than a bare country, give first, middle and last words (or a
          one-word actor); an entry with a word mostly tagged O in ANERcorp train, or a place, is a description and
          left out. Lemmatised entries are matched on clitic-stripped stems.

        ## What was tried (chosen on dev only)

        Dev F1 of the two candidates (ANERcorp / ANERcorp + NewsFANE) after each step, in order; test and
        NewsFANE were not looked at to choose. Dev has 411 sentences and 973 entities: retraining after adding 18
        names to a list moved the candidates by +1.05 / −1.56, so differences under about 1 point are noise.

        | step | dev F1 | kept |
        |---|---|---|
        | before (one pass, no names) | 72.71 / 71.68 | |
        | name features: given names and CAMEO name parts (first compile, places not filtered out) | 71.94 / 73.27 | replaced by the next |
        | name features, CAMEO entries with a place or a common word left out | 72.62 / 72.21 | yes (neutral on dev; the given-name signal is what the family-name rule needs) |
        | stacked second pass, 5-fold jackknife, all features | 73.41 / 73.51 | yes |
        | residual second pass (only the label features, over the first pass's fixed scores; faster) | 70.61 / 66.59 | no |
        | second pass restricted to the first pass's surviving features (speed: one table) | 73.13 / 73.97 | yes |
        | no pruning (prune 0 instead of 0.05) | 73.41 / 73.51 | no (26–31 MB model, over the 20 MB bound) |
        | word dropout 0.15 / 0.40 instead of 0.25 | 72.48 / 73.11 and 72.48 / 73.78 | no |
        | whole CAMEO organization and person names as longest-match spans | 73.10 / 72.67 | no |
        | 10 stacking folds instead of 5 | 73.32 / 73.16 | no |
        | CAMEO sector codes (IGO, NGO, …) count as actors (+18 name parts) | 74.18 / 72.41 | yes (shipped) |
        | family-name rule, any given name, any non-trigger word | 74.18 / 72.41 up to margin 32, lower above (64: 73.97, 512: 73.42) | replaced by the next |
        | family-name rule, titled given name, bare next word | 74.18 / 72.41 at every margin (0–512) | yes, margin 512 (dev-neutral; test −0.11) |

        ## Data and licences

        - **ANERcorp** (Benajiba, Rosso and Benedí 2007; CAMeL Lab train/test split, Obeid et al. 2020),
          CC BY-SA 4.0: train minus its last 10%% of sentences trains, those 10%% are the dev set (epoch choice, model
          choice), test is used only for the table above. The shipped model is trained on it: see NOTICE for what
          ShareAlike means for the model file.
        - **NewsFANE Gold** (Alotaibi and Lee 2014), CC BY-SA 3.0, 45 fine types mapped to PERS/LOC/ORG
          (`Conll.NEWSFANE_TYPES`: individual person types → PERS; GPEs, natural locations and facilities → LOC;
          all organization types → ORG; Group, products, vehicles, weapons → O). NewsFANE turns out to be a
          re-annotation of ANERcorp's own text (about 30%% of the word 8-grams of each ANERcorp split occur in it),
          so it is split by overlap, not position: the **held-out** part is every NewsFANE sentence sharing a word
          8-gram with ANERcorp test (that unseen text, annotated by other people under another scheme); sentences
          sharing no 5-gram with ANERcorp test or dev may be extra training data; the rest is unused. It is thus
          not an out-of-domain test but a second-annotator test on the same unseen text. `train-ner` trains a model
          on ANERcorp alone and one on ANERcorp + usable NewsFANE and ships the one with the better ANERcorp dev F1.
        - The gazetteers gate-arabic (LGPL) and ANERGazet (no licence) are not used.

        ## Known limits

        - The target of the issue, F1 ≥ 84 on ANERcorp test, is **not** met: the model is a feature-based linear
          chain without pretrained representations, trained on 3,700 sentences; the published systems above
          pretrain on hundreds of millions of words. Recall is the weak side: names never seen in training, ORG
          above all (long multi-word names such as حركة المقاومة الإسلامية).
        - Dev is small (973 entities): most single steps above are within its noise, so the choices are weakly
          supported; the stacked pass is the one step that helped both candidates clearly.
        - The family-name rule never changed a dev label: it is kept because it costs nothing there and finds
          titled full names whose family name is also a common word; on test it costs about 0.1 F1.
        - Two passes cost speed: both passes read one shared half-precision table, but the second adds its own
          features, a second Viterbi and the document's stem groups.
        - The word clusters see only the training text (no shippable unlabeled Arabic news is available: SaudiNewsNet
          is CC BY-NC-SA, research only), so they cover ~7,700 stems.
        - ANERcorp's annotation is noisy (e.g. الولايات tagged B-LOC and المتحدة B-ORG in one name), which caps
          every system's score on it; NewsFANE's scheme differs again (facilities, peoples), hence its lower scores.
        - Training takes about 1–2 minutes on one core (both candidates, each with 5 fold models, a first and a
          second pass); the tagger
          caches the context-free features of up to 200,000 distinct words.

        ## Commands

        ```
        ./rasid train-ner --shared ../shared            # reproduces rasid-nlp/src/main/resources/org/rasid/nlp/ner/ner-model.bin
        ./rasid eval ner --shared ../shared --md docs/ner.md
        ./rasid ner --conll FILE > out.txt              # token gold predicted, for conlleval
        ./rasid ner article.txt                         # TYPE, start, end, text per mention
        ./rasid bench ner-gate --shared ../shared --min-f1 X
        ```
        """.formatted(table(), trainingSummary.isBlank() ? "(no training summary: not the shipped model)\n"
        : trainingSummary);
  }
}
