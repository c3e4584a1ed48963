package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval ner}. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Entity-level NER F1 on CoNLL-2003 (conlleval rules), sitrep beside CoreNLP's default pipeline, with tokens/s; "
                + "optionally MEANTIME named mentions.",
                "Type mapping: sitrep PERSON->PER, ORGANIZATION->ORG, GPE/LOCATION->LOC, NORP/MISC->MISC; CoreNLP default "
                + "COUNTRY/CITY/STATE_OR_PROVINCE/LOCATION->LOC, NATIONALITY/RELIGION/IDEOLOGY/MISC->MISC, ORGANIZATION->ORG, "
                + "PERSON->PER, other types ignored.",
                "MEANTIME: NAM/PRE.NAM mentions of PER/ORG/LOC entities in the annotated sentences (title and first five) are "
                + "scored, a system name of the right type inside the gold noun phrase counts; PRO/FIN/MIX are not scored (system "
                + "mentions overlapping them are dropped); system MISC is not scored."})
public final class NerEvalCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file (e.g. conll2003/test.txt).")
    Path conll;

    @Option(names = "--meantime", paramLabel = "DIR", description = "MEANTIME CAT XML folder (e.g. meantime-en/intra-doc_annotation).")
    Path meantime;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's default pipeline (about 700 tokens/s).")
    boolean noBaseline;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(conll)) return EvalCommand.usage("no CoNLL file at " + conll);
        if (meantime != null && !Files.isDirectory(meantime)) return EvalCommand.usage("no MEANTIME folder at " + meantime);
        return output.run(List.of(new NerEvaluator(conll, meantime, !noBaseline)), false, "sitrep eval ner");
    }

}
