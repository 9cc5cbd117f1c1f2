namespace Parallax.Bench.Comparison;

/// <summary>The divergence evaluations: controlled edits of real text (default) or judged precision on NeuS val (<c>--neus</c>) and on PolNeAR stories (<c>--neus --polnear</c>).</summary>
internal sealed class EvalDivergencesCommand : IBenchCommand
{
    public string Name => "eval-divergences";

    public string Description => "eval-divergences [--cases N] [--seed S] [--kinds number,date,...] [--show N] [--dump DIR]: recall per kind on controlled edits of real sentences, false alarms on unchanged ones; "
        + "--neus [--split val|train | --polnear: PolNeAR full articles grouped into stories in Comparison/polnear-stories.tsv, --make-stories rebuilds it; --batch 2|3: each outlet's second or third article of a story, Comparison/polnear-stories-2.tsv, -3.tsv] | --ecb: ECB+ sub-topics (several outlets' full articles on one event), Comparison/divergence-judgements-ecb.tsv] [--lexical|--fp32] [--all|--stories N] [--first I: skip the stories before I, to score one batch] [--unjudged N] [--noise N] [--real N] [--kind K] [--story I] [--gold-missed N: with --polnear, recall against Comparison/divergence-gold-polnear.tsv and the reader's divergences not reported] [--sentences DIR: each story's sentences with their ids, a file per story] [--missed N]: precision against the hand judgements in Comparison/divergence-judgements.tsv";

    public int Run(string[] args) => args.Contains("--neus") ? NeusDivergences.Run(args) : ControlledEdits.Run(args);
}
