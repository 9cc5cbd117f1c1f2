using Parallax.Documents;

namespace Parallax.Corpus.Clustering;

/// <summary>
/// Incremental story clustering: each new article joins the most similar live story or starts one.
/// The score is the TF-IDF cosine (terms and entities; document frequencies counted in a fixed-size sketch as
/// articles arrive) of the article with the story's few most similar members, mixed with its mean cosine over all
/// members, so that a story does not drift or chain from event to event through its latest article (an
/// article whose mean cosine falls well below the members' mean cosine to each other does not join);
/// dated articles only meet stories within the time window, undated ones meet any and are judged on
/// content alone. Candidates come from an
/// inverted index over each story's distinctive terms and entities, read most-recent-first, so the cost
/// per article stays bounded instead of growing with the corpus. Placement is revisable while stories are
/// small: after a join, the story is checked for two groups (two similar events put together before the
/// second could be told apart: its members' nearest neighbours, judged on the words that not every member shares,
/// fall in two groups with few links between them, or two halves far less alike than within) and split; and two stories the article could both have
/// joined are merged when they are one event started twice (their members' nearest neighbours mix). The
/// larger story keeps its id; the moved articles are reported by <see cref="TakeMoves"/>.
/// </summary>
internal sealed class StoryClusterer(ClusteringOptions? options = null)
{
    /// <summary>Stories are cut along their neighbour graph from this many members (below it, each member has too few neighbours for the cut to mean anything).</summary>
    private const int GraphSplitFrom = 6;

    private readonly ClusteringOptions _options = options ?? ClusteringOptions.Default;
    private readonly DocumentFrequencies _df = new((options ?? ClusteringOptions.Default).FrequencyCounters);
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly Dictionary<ulong, List<long>> _postings = [];
    private readonly List<(long Article, long Story)> _moves = [];
    private long _documents;
    private long _clock;
    private long _nextStory = 1;
    private long? _latest;
    private int _sinceSweep;

    /// <summary>Why the last article joined its story (empty when it started one).</summary>
    internal string Explain { get; private set; } = "";

    /// <summary>Stories held in memory.</summary>
    public int ActiveCount => _stories.Count;

    /// <summary>Makes new story ids start after <paramref name="lastStoryId"/>.</summary>
    public void StartAfter(long lastStoryId) => _nextStory = Math.Max(_nextStory, lastStoryId + 1);

    /// <summary>Articles moved to another story by splits and merges since the last call (article id, new story id), in the order they moved.</summary>
    public List<(long Article, long Story)> TakeMoves()
    {
        var moves = _moves.ToList();
        _moves.Clear();
        return moves;
    }

    /// <summary>Assigns article <paramref name="article"/> to a story (existing or new) and returns its id (splits and merges may move it later: see <see cref="TakeMoves"/>).</summary>
    public long Assign(long article, ArticleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Count(features);
        var best = 0L;
        var bestScore = _options.Threshold;
        Explain = "";
        var vector = Vector(features);
        var others = new List<(long Story, double Score)>();
        foreach (var candidate in Candidates(features))
        {
            var (score, explain) = Score(features, vector, _stories[candidate]);
            if (score >= _options.Threshold)
                others.Add((candidate, score));
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
                Explain = explain;
            }
        }
        var story = best != 0 ? best : _nextStory++;
        Join(story, article, features);
        if (best != 0 && !MaybeSplit(story) && _options.MergeConductance <= 1)
        {
            others.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Story.CompareTo(b.Story));
            foreach (var (other, _) in others)
            {
                if (other != story && _stories.ContainsKey(other))
                    story = MaybeMerge(story, other, article);
            }
        }
        return story;
    }

    /// <summary>Adds an article to a known story: replay from the store, or a syndicated copy following its original.</summary>
    public void Add(long story, long article, ArticleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Count(features);
        _nextStory = Math.Max(_nextStory, story + 1);
        Join(story, article, features);
    }

    private void Count(ArticleFeatures features)
    {
        _documents++;
        foreach (var term in features.Terms)
            _df.Add(term);
        foreach (var entity in features.Entities)
            _df.Add(entity);
    }

    private double Idf(ulong key) => Math.Log((_documents + 1.0 + _options.PriorDocuments) / (_df.Count(key) + 0.5)) + _options.IdfFloor;

    private HashSet<long> Candidates(ArticleFeatures features)
    {
        var result = new HashSet<long>();
        foreach (var key in QueryKeys(features))
            Collect(key, features.Time, result);
        foreach (var entity in features.Entities)
            Collect(entity, features.Time, result);
        return result;
    }

    private IEnumerable<ulong> QueryKeys(ArticleFeatures features)
    {
        var keys = new (ulong Key, double Weight)[features.Terms.Length];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = (features.Terms[i], (1 + Math.Log(features.Counts[i])) * Idf(features.Terms[i]));
        Array.Sort(keys, (a, b) => b.Weight.CompareTo(a.Weight));
        return keys.Take(_options.QueryTerms).Select(k => k.Key);
    }

    private void Collect(ulong key, long? time, HashSet<long> into)
    {
        if (!_postings.TryGetValue(key, out var list))
            return;
        var seen = 0;
        for (var i = list.Count - 1; i >= 0 && seen < _options.PostingLimit; i--)
        {
            if (!_stories.TryGetValue(list[i], out var story))
            {
                list.RemoveAt(i);
                continue;
            }
            seen++;
            if (time is null || story.InWindow(time.Value, (long)_options.Window.TotalSeconds))
                into.Add(list[i]);
        }
    }

    /// <summary>
    /// Scores an article against a story by its similarity to the story's members (the first
    /// <see cref="ClusteringOptions.SplitLimit"/>, so the story's centre does not drift as it grows): the mean of its few
    /// best member similarities, mixed with the mean over all members so that a story chained from several events, whose
    /// members are not alike, does not attract articles through one of them.
    /// </summary>
    private (double Score, string Explain) Score(ArticleFeatures features, SparseVector vector, StoryState story)
    {
        var members = story.Members;
        Span<double> best = stackalloc double[Math.Min(_options.Neighbours, members.Count)];
        double sum = 0;
        foreach (var member in members)
        {
            if (member.At * 2 < _documents)
            {
                member.Refresh(Vector(member.Features), _documents);
                story.Refreshed = true;
            }
            var cosine = SparseVector.Dot(vector, member.Vector);
            sum += cosine;
            for (var i = 0; i < best.Length; i++)
            {
                if (cosine > best[i])
                    (best[i], cosine) = (cosine, best[i]);
            }
        }
        double nearest = 0;
        foreach (var value in best)
            nearest += value;
        nearest /= Math.Max(1, best.Length);
        var mean = members.Count == 0 ? 0 : sum / members.Count;
        var score = _options.NeighbourWeight * nearest + (1 - _options.NeighbourWeight) * mean;
        if (story.Cohesion is { } cohesion && mean < _options.JoinRatio * cohesion)
            return (0, $"apart: mean {mean:F2} against cohesion {cohesion:F2}");
        var conflict = Conflicts(features, story);
        return (conflict ? score * _options.ConflictPenalty : score, $"score {score:F2} nearest {nearest:F2} mean {mean:F2}{(conflict ? " conflict" : "")}");
    }

    /// <summary>
    /// True when the article is mainly about a person or place the story never names, while the story's own main
    /// person or place is absent from the article: two similar events with different protagonists.
    /// </summary>
    private static bool Conflicts(ArticleFeatures features, StoryState story)
    {
        if (features.Main.Length == 0 || story.Main.Count == 0)
            return false;
        foreach (var key in features.Main)
        {
            if (story.Entities.ContainsKey(key))
                return false;
        }
        var dominant = story.Main.MaxBy(p => p.Value).Key;
        return Array.IndexOf(features.Entities, dominant) < 0;
    }

    private void Join(long id, long article, ArticleFeatures features)
    {
        if (features.Time is { } time && (_latest is null || time > _latest))
            _latest = time;
        if (!_stories.TryGetValue(id, out var story))
        {
            story = new StoryState();
            _stories[id] = story;
            if (_stories.Count > _options.ActiveStories || ++_sinceSweep >= 1000)
                Retire();
        }
        story.Touched = ++_clock;
        story.Absorb(features);
        if (story.Members.Count < _options.SplitLimit)
        {
            var member = new Member(article, features, Vector(features), _documents, story.Members.Count);
            for (var i = 0; i < story.Members.Count; i++)
            {
                member.Earlier[i] = SparseVector.Dot(member.Vector, story.Members[i].Vector);
                story.Pair(member.Earlier[i]);
            }
            story.Members.Add(member);
            foreach (var key in member.Vector.Keys)
                story.Holders[key] = story.Holders.GetValueOrDefault(key) + 1;
        }
        foreach (var key in QueryKeys(features))
            Post(key, id, story);
        foreach (var entity in features.Entities)
            Post(entity, id, story);
    }

    private void Post(ulong key, long id, StoryState story)
    {
        if (!story.Posted.Add(key))
            return;
        if (!_postings.TryGetValue(key, out var list))
            _postings[key] = list = [];
        list.Add(id);
    }

    /// <summary>
    /// Splits a story whose members fall into two groups: few links of the members' nearest-neighbour graph cross
    /// between them (<see cref="GraphBisection"/>), or they are much less similar to each other than within themselves
    /// (2-medoid partition over member similarities); checked after every join up to <see cref="ClusteringOptions.SplitLimit"/>
    /// members, so a second event is split off as soon as its few articles tell it apart. Returns whether it split.
    /// </summary>
    private bool MaybeSplit(long id)
    {
        var story = _stories[id];
        var members = story.Members;
        if (story.Count > _options.SplitLimit || members.Count < 4)
            return false;
        var n = members.Count;
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (story.Refreshed)
                    members[i].Earlier[j] = SparseVector.Dot(members[i].Vector, members[j].Vector);
                sim[i, j] = sim[j, i] = members[i].Earlier[j];
            }
        }
        story.Refreshed = false;
        var (groupA, groupB) = Halves(members, story.Holders, sim, n);
        if (groupA.Count == 0)
            return false;
        var (keep, move) = groupA.Count >= groupB.Count ? (groupA, groupB) : (groupB, groupA);
        var newId = _nextStory++;
        Rebuild(id, [.. keep.Select(i => members[i])]);
        Rebuild(newId, [.. move.Select(i => members[i])]);
        foreach (var i in move)
            _moves.Add((members[i].Article, newId));
        return true;
    }

    /// <summary>
    /// Merges two stories an article could have joined when they are one event told apart too early: each one's members
    /// would join the other, and their members' nearest neighbours mix (the cut between them is crossed by many links of
    /// the neighbour graph, unlike the cut between two events). The larger story keeps its id; returns the id of the
    /// story holding <paramref name="article"/> afterwards.
    /// </summary>
    private long MaybeMerge(long id, long otherId, long article)
    {
        var story = _stories[id];
        var other = _stories[otherId];
        if (story.Count != story.Members.Count || other.Count != other.Members.Count || story.Count + other.Count > _options.SplitLimit)
            return id;
        var window = (long)_options.Window.TotalSeconds;
        if (other.First is { } first && other.Last is { } last && !(story.InWindow(first, window) && story.InWindow(last, window)))
            return id;
        var members = story.Members.Concat(other.Members).ToList();
        var n = members.Count;
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
                sim[i, j] = sim[j, i] = SparseVector.Dot(members[i].Vector, members[j].Vector);
        }
        var smaller = Math.Min(story.Count, other.Count);
        var k = Math.Min(_options.SplitNeighbours, Math.Max(1, smaller - 1));
        var side = new bool[n];
        for (var i = story.Count; i < n; i++)
            side[i] = true;
        if (GraphBisection.Conductance(sim, n, k, side) < _options.MergeConductance)
            return id;
        if (GroupScore(sim, story.Count, n) < _options.Threshold || !Cohesive(sim, story.Count, n))
            return id;
        var (keep, drop) = other.Count > story.Count || (other.Count == story.Count && otherId < id) ? (otherId, id) : (id, otherId);
        var moved = _stories[drop].Members;
        _stories.Remove(drop);
        foreach (var member in moved)
        {
            Join(keep, member.Article, member.Features);
            if (member.Article != article)
                _moves.Add((member.Article, keep));
        }
        return keep;
    }

    /// <summary>True when the two groups' mean similarity to each other is not far below their members' mean similarity within each (the join rule's "centre holds", for groups).</summary>
    private bool Cohesive(double[,] sim, int split, int n)
    {
        double within = 0, across = 0;
        long withinPairs = 0, acrossPairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if ((i < split) == (j < split))
                {
                    within += sim[i, j];
                    withinPairs++;
                }
                else
                {
                    across += sim[i, j];
                    acrossPairs++;
                }
            }
        }
        return withinPairs == 0 || across / acrossPairs >= _options.MergeRatio * within / withinPairs;
    }

    /// <summary>The mean, over both groups' members, of their score against the other group (nearest members mixed with the mean, as an article's).</summary>
    private double GroupScore(double[,] sim, int split, int n)
    {
        double total = 0;
        Span<double> best = stackalloc double[_options.Neighbours];
        for (var i = 0; i < n; i++)
        {
            var (from, to) = i < split ? (split, n) : (0, split);
            var size = Math.Min(_options.Neighbours, to - from);
            best[..size].Clear();
            double sum = 0;
            for (var j = from; j < to; j++)
            {
                var cosine = sim[i, j];
                sum += cosine;
                for (var b = 0; b < size; b++)
                {
                    if (cosine > best[b])
                        (best[b], cosine) = (cosine, best[b]);
                }
            }
            double nearest = 0;
            for (var b = 0; b < size; b++)
                nearest += best[b];
            total += _options.NeighbourWeight * nearest / size + (1 - _options.NeighbourWeight) * sum / (to - from);
        }
        return total / n;
    }

    /// <summary>Two groups of members to split the story into, or two empty lists when it holds together.</summary>
    private (List<int> A, List<int> B) Halves(List<Member> members, Dictionary<ulong, int> holders, double[,] sim, int n)
    {
        if (_options.SplitNeighbours > 0 && n >= GraphSplitFrom)
        {
            var k = Math.Min(_options.SplitNeighbours, (n - 1) / 2);
            var graph = _options.SplitLocalWeight > 0 ? WithinStory(members, holders, _options.SplitLocalWeight) : sim;
            var (side, conductance) = GraphBisection.Cut(graph, n, k, 2);
            if (conductance <= _options.SplitConductance)
                return ([.. Enumerable.Range(0, n).Where(i => !side[i])], [.. Enumerable.Range(0, n).Where(i => side[i])]);
        }
        var a = Enumerable.Range(0, n).MinBy(i => Enumerable.Range(0, n).Sum(j => sim[i, j]));
        var b = Enumerable.Range(0, n).Where(j => j != a).MinBy(j => sim[a, j]);
        var groupA = new List<int> { a };
        var groupB = new List<int> { b };
        for (var round = 0; round < 5; round++)
        {
            var nextA = new List<int>();
            var nextB = new List<int>();
            for (var i = 0; i < n; i++)
                (Average(sim, i, groupA) >= Average(sim, i, groupB) ? nextA : nextB).Add(i);
            if (nextA.Count < 2 || nextB.Count < 2)
                return ([], []);
            groupA = nextA;
            groupB = nextB;
        }
        var inter = groupA.Average(i => Average(sim, i, groupB));
        var intra = (groupA.Average(i => Average(sim, i, groupA)) + groupB.Average(i => Average(sim, i, groupB))) / 2;
        return inter < _options.SplitRatio * intra ? (groupA, groupB) : ([], []);
    }

    /// <summary>
    /// The members' similarities with each key reweighted by how few members hold it (<see cref="ClusteringOptions.SplitLocalWeight"/>):
    /// two events of one topic share the topic's words, and within their story only the words of each event's own places,
    /// people and details still weigh, so each member's nearest neighbours are of its own event.
    /// </summary>
    private static double[,] WithinStory(List<Member> members, Dictionary<ulong, int> holders, double power)
    {
        var n = members.Count;
        var factor = new double[n + 1];
        for (var held = 1; held <= n; held++)
            factor[held] = Math.Pow(Math.Log((n + 1.0) / (held + 0.5)), power);
        var vectors = new SparseVector[n];
        for (var i = 0; i < n; i++)
        {
            var vector = members[i].Vector;
            var weights = new float[vector.Keys.Length];
            double norm = 0;
            for (var k = 0; k < weights.Length; k++)
            {
                var weight = vector.Weights[k] * factor[holders[vector.Keys[k]]];
                weights[k] = (float)weight;
                norm += weight * weight;
            }
            norm = Math.Sqrt(norm);
            for (var k = 0; k < weights.Length && norm > 0; k++)
                weights[k] = (float)(weights[k] / norm);
            vectors[i] = new SparseVector(vector.Keys, weights);
        }
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
                sim[i, j] = sim[j, i] = SparseVector.Dot(vectors[i], vectors[j]);
        }
        return sim;
    }

    private void Rebuild(long id, List<Member> members)
    {
        _stories[id] = new StoryState();
        foreach (var member in members)
            Join(id, member.Article, member.Features);
    }

    private static double Average(double[,] sim, int i, List<int> group)
    {
        double sum = 0;
        var count = 0;
        foreach (var j in group)
        {
            if (j == i)
                continue;
            sum += sim[i, j];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    /// <summary>The unit TF-IDF vector of an article's terms and entities under the current document frequencies.</summary>
    private SparseVector Vector(ArticleFeatures features)
    {
        var vector = new Dictionary<ulong, double>(features.Terms.Length + features.Entities.Length);
        for (var i = 0; i < features.Terms.Length; i++)
            vector[features.Terms[i]] = (1 + Math.Log(features.Counts[i])) * Idf(features.Terms[i]);
        for (var i = 0; i < features.Entities.Length; i++)
            vector[features.Entities[i]] = vector.GetValueOrDefault(features.Entities[i]) + (1 + Math.Log(features.EntityCounts[i])) * Idf(features.Entities[i]);
        return SparseVector.Unit(vector);
    }

    /// <summary>
    /// Drops stories no new article can join: those whose latest article is more than two windows older than the newest
    /// article seen, and, past <see cref="ClusteringOptions.ActiveStories"/>, the least recently updated quarter; then their postings.
    /// </summary>
    private void Retire()
    {
        _sinceSweep = 0;
        var before = _stories.Count;
        if (_latest is { } latest)
        {
            var horizon = latest - 2 * (long)_options.Window.TotalSeconds;
            foreach (var (id, _) in _stories.Where(s => s.Value.Last is { } last && last < horizon).ToList())
                _stories.Remove(id);
        }
        if (_stories.Count > _options.ActiveStories)
        {
            var cutoff = _stories.Values.Select(s => s.Touched).Order().ElementAt(_stories.Count / 4);
            foreach (var (id, _) in _stories.Where(s => s.Value.Touched <= cutoff).ToList())
                _stories.Remove(id);
        }
        if (_stories.Count == before)
            return;
        foreach (var key in _postings.Keys.ToList())
        {
            var list = _postings[key];
            list.RemoveAll(id => !_stories.ContainsKey(id));
            if (list.Count == 0)
                _postings.Remove(key);
        }
    }

    private sealed class StoryState
    {
        public Dictionary<ulong, int> Entities { get; } = [];
        public Dictionary<ulong, int> Main { get; } = [];

        /// <summary>How many of <see cref="Members"/> hold each key.</summary>
        public Dictionary<ulong, int> Holders { get; } = [];
        public HashSet<ulong> Posted { get; } = [];
        public List<Member> Members { get; } = [];
        public long Touched { get; set; }
        public int Count { get; private set; }

        /// <summary>Some member's vector was refreshed since the members' similarities were last computed.</summary>
        public bool Refreshed { get; set; }
        private double _pairSum;
        private int _pairs;

        /// <summary>The mean similarity of two members, once there are two.</summary>
        public double? Cohesion => _pairs == 0 ? null : _pairSum / _pairs;

        public void Pair(double similarity)
        {
            _pairSum += similarity;
            _pairs++;
        }

        public long? First { get; private set; }
        public long? Last { get; private set; }

        public bool InWindow(long time, long window)
            => First is null || (time >= First.Value - window && time <= Last!.Value + window);

        public void Absorb(ArticleFeatures features)
        {
            Count++;
            if (features.Time is { } time)
            {
                First = Math.Min(First ?? time, time);
                Last = Math.Max(Last ?? time, time);
            }
            foreach (var key in features.Main)
                Main[key] = Main.GetValueOrDefault(key) + 1;
            foreach (var entity in features.Entities)
                Entities[entity] = Entities.GetValueOrDefault(entity) + 1;
        }
    }

    /// <summary>A story member kept for scoring and splitting, with its vector as of <see cref="At"/> documents.</summary>
    private sealed class Member(long article, ArticleFeatures features, SparseVector vector, long at, int earlier)
    {
        /// <summary>Its similarity to each member that joined the story before it (recomputed once members' vectors are refreshed).</summary>
        public double[] Earlier { get; } = new double[earlier];

        public long Article { get; } = article;
        public ArticleFeatures Features { get; } = features;
        public SparseVector Vector { get; private set; } = vector;
        public long At { get; private set; } = at;

        public void Refresh(SparseVector vector, long at)
        {
            Vector = vector;
            At = at;
        }
    }
}
