namespace Parallax.Store.Clustering;

/// <summary>
/// Incremental story clustering: each new article joins the most similar live story or starts one.
/// The score mixes TF-IDF cosine against the story centroid (document frequencies maintained as
/// articles arrive) with the share of the article's entity weight the story already holds; dated
/// articles only meet stories within the time window. Candidates come from an inverted index over
/// each story's distinctive terms and entities, read most-recent-first, so the cost per article stays
/// bounded instead of growing with the corpus.
/// </summary>
internal sealed class StoryClusterer(ClusteringOptions? options = null)
{
    private readonly ClusteringOptions _options = options ?? ClusteringOptions.Default;
    private readonly Dictionary<ulong, int> _df = [];
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly Dictionary<ulong, List<long>> _postings = [];
    private long _documents;
    private long _clock;
    private long _nextStory = 1;

    /// <summary>Stories held in memory.</summary>
    public int ActiveCount => _stories.Count;

    /// <summary>Makes new story ids start after <paramref name="lastStoryId"/>.</summary>
    public void StartAfter(long lastStoryId) => _nextStory = Math.Max(_nextStory, lastStoryId + 1);

    /// <summary>Assigns the article to a story (existing or new) and returns its id.</summary>
    public long Assign(ArticleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Count(features);
        var best = 0L;
        var bestScore = _options.Threshold;
        foreach (var candidate in Candidates(features))
        {
            var score = Score(features, _stories[candidate]);
            if (score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        var story = best != 0 ? best : _nextStory++;
        Join(story, features);
        return story;
    }

    /// <summary>Adds an article to a known story (replay from the store, or a syndicated copy following its original).</summary>
    public void Add(long story, ArticleFeatures features, bool counted = false)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (!counted)
            Count(features);
        _nextStory = Math.Max(_nextStory, story + 1);
        Join(story, features);
    }

    /// <summary>Updates document frequencies only (for an article whose story is decided elsewhere, before <see cref="Add"/> with counted=true).</summary>
    public void Count(ArticleFeatures features)
    {
        _documents++;
        foreach (var term in features.Terms)
            _df[term] = _df.GetValueOrDefault(term) + 1;
        foreach (var entity in features.Entities)
            _df[entity] = _df.GetValueOrDefault(entity) + 1;
    }

    private double Idf(ulong key) => Math.Log((_documents + 1.0) / (_df.GetValueOrDefault(key) + 1.0)) + 1.0;

    private HashSet<long> Candidates(ArticleFeatures features)
    {
        var keys = new List<(ulong Key, double Weight)>(features.Terms.Length);
        for (var i = 0; i < features.Terms.Length; i++)
            keys.Add((features.Terms[i], (1 + Math.Log(features.Counts[i])) * Idf(features.Terms[i])));
        keys.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var result = new HashSet<long>();
        foreach (var (key, _) in keys.Take(_options.QueryTerms))
            Collect(key, features.Time, result);
        foreach (var entity in features.Entities)
            Collect(entity, features.Time, result);
        return result;
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

    private double Score(ArticleFeatures features, StoryState story)
    {
        double dot = 0, articleNorm = 0;
        for (var i = 0; i < features.Terms.Length; i++)
        {
            var idf = Idf(features.Terms[i]);
            var weight = (1 + Math.Log(features.Counts[i])) * idf;
            articleNorm += weight * weight;
            if (story.Centroid.TryGetValue(features.Terms[i], out var c))
                dot += weight * c * idf;
        }
        double storyNorm = 0;
        foreach (var (term, c) in story.Centroid)
        {
            var w = c * Idf(term);
            storyNorm += w * w;
        }
        var cosine = articleNorm > 0 && storyNorm > 0 ? dot / Math.Sqrt(articleNorm * storyNorm) : 0;

        double shared = 0, total = 0;
        for (var i = 0; i < features.Entities.Length; i++)
        {
            var weight = (1 + Math.Log(features.EntityCounts[i])) * Idf(features.Entities[i]);
            total += weight;
            if (story.Entities.ContainsKey(features.Entities[i]))
                shared += weight;
        }
        var entityScore = total > 0 ? shared / total : cosine;
        if (_options.StorySide > 0 && story.Entities.Count > 0 && total > 0)
        {
            var present = new HashSet<ulong>(features.Entities);
            double storyShared = 0, storyTotal = 0;
            foreach (var (entity, count) in story.Entities.Select(p => (p.Key, Weight: Math.Log(1 + p.Value / (double)story.Size) * Idf(p.Key))).OrderByDescending(p => p.Weight).Take(_options.StoryTopEntities))
            {
                storyTotal += count;
                if (present.Contains(entity))
                    storyShared += count;
            }
            if (storyTotal > 0)
                entityScore = (1 - _options.StorySide) * entityScore + _options.StorySide * storyShared / storyTotal;
        }
        var score = _options.TextWeight * cosine + (1 - _options.TextWeight) * entityScore;
        return Conflicts(features, story) ? score * _options.ConflictPenalty : score;
    }

    /// <summary>
    /// True when the article is mainly about a person or place the story never names, while the story's own main
    /// person or place is absent from the article: two similar events with different protagonists.
    /// </summary>
    private static bool Conflicts(ArticleFeatures features, StoryState story)
    {
        if (features.Main.Length == 0 || story.Main.Count == 0)
            return false;
        var articleNames = new HashSet<ulong>(features.Entities);
        foreach (var key in features.Main)
        {
            if (story.Entities.ContainsKey(key))
                return false;
        }
        var dominant = story.Main.MaxBy(p => p.Value).Key;
        return !articleNames.Contains(dominant);
    }

    private void Join(long id, ArticleFeatures features)
    {
        if (!_stories.TryGetValue(id, out var story))
        {
            story = new StoryState();
            _stories[id] = story;
            if (_stories.Count > _options.ActiveStories)
                Retire();
        }
        story.Size++;
        story.Touched = ++_clock;
        if (features.Time is { } time)
        {
            story.First = Math.Min(story.First ?? time, time);
            story.Last = Math.Max(story.Last ?? time, time);
        }
        var keys = new List<(ulong Key, double Weight)>(features.Terms.Length);
        for (var i = 0; i < features.Terms.Length; i++)
        {
            var tf = 1 + Math.Log(features.Counts[i]);
            story.Centroid[features.Terms[i]] = story.Centroid.GetValueOrDefault(features.Terms[i]) + tf;
            keys.Add((features.Terms[i], tf * Idf(features.Terms[i])));
        }
        if (story.Centroid.Count > _options.CentroidTerms * 3 / 2)
            story.Prune(_options.CentroidTerms);
        keys.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        foreach (var (key, _) in keys.Take(_options.QueryTerms))
            Post(key, id, story);
        foreach (var key in features.Main)
            story.Main[key] = story.Main.GetValueOrDefault(key) + 1;
        foreach (var entity in features.Entities)
        {
            story.Entities[entity] = story.Entities.GetValueOrDefault(entity) + 1;
            Post(entity, id, story);
        }
    }

    private void Post(ulong key, long id, StoryState story)
    {
        if (!story.Posted.Add(key))
            return;
        if (!_postings.TryGetValue(key, out var list))
            _postings[key] = list = [];
        list.Add(id);
    }

    /// <summary>Drops the least recently updated quarter of the live stories, and their postings.</summary>
    private void Retire()
    {
        var cutoff = _stories.Values.Select(s => s.Touched).Order().ElementAt(_stories.Count / 4);
        foreach (var (id, _) in _stories.Where(s => s.Value.Touched <= cutoff).ToList())
            _stories.Remove(id);
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
        public Dictionary<ulong, double> Centroid { get; } = [];
        public Dictionary<ulong, int> Entities { get; } = [];
        public HashSet<ulong> Posted { get; } = [];
        public Dictionary<ulong, int> Main { get; } = [];
        public int Size { get; set; }
        public long Touched { get; set; }
        public long? First { get; set; }
        public long? Last { get; set; }

        public bool InWindow(long time, long window)
            => First is null || (time >= First.Value - window && time <= Last!.Value + window);

        public void Prune(int keep)
        {
            foreach (var term in Centroid.OrderByDescending(p => p.Value).Skip(keep).Select(p => p.Key).ToList())
                Centroid.Remove(term);
        }
    }
}
