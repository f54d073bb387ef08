using System.Collections.Concurrent;

namespace Store.Catalog.Search;

/// <summary>The catalog's text side: finding a word in every name at once, ranking a match, and the words a typo is corrected to.</summary>
internal sealed partial class IndexedCatalog
{
    // Built on the first search that finds nothing (two requests may both build it: same result).
    private IReadOnlyDictionary<string, int>? _vocabulary;

    /// <summary>
    /// Every word of the listed products' names and description words, with how many products use it: what
    /// a typo is corrected to (<see cref="SearchTypos"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> Vocabulary => _vocabulary ??= BuildVocabulary();

    // The header's suggestions for what shoppers have typed so far, when that is short: two or three letters match a
    // large share of a big catalog (every match is scored), and every shopper typing asks the same few. Suggestions
    // ignore stock, so they live as long as the slots do; longer texts match few products and are not kept.
    private const int KeptSuggestionLength = 3;
    private const int MaxKeptSuggestions = 4_096;
    private readonly ConcurrentDictionary<string, IReadOnlyList<int>> _suggestions = new(StringComparer.Ordinal);

    /// <summary>The ids of the <paramref name="take"/> products that best match the words alone (no filter), best first.</summary>
    public IReadOnlyList<int> Suggest(IndexQuery query, int take)
    {
        if (query.Phrase.Length > KeptSuggestionLength)
        {
            return Find(query, ProductSort.Relevance, 0, take).PageIds;
        }

        var key = string.Join(' ', query.Stems) + "|" + query.Phrase + "|" + take;
        if (_suggestions.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var found = Find(query, ProductSort.Relevance, 0, take).PageIds;
        if (_suggestions.Count < MaxKeptSuggestions)
        {
            _suggestions.TryAdd(key, found);
        }

        return found;
    }

    // Whole name (100), name starting with the search (20), each word starting a word of the name (5), each
    // word anywhere in the name (2): a product found only by its description or category ranks below.
    private int Score(int position, IndexQuery query, IReadOnlyList<string> stemStarts)
    {
        var name = _slots.Name(position);
        var score = (name.SequenceEqual(query.Phrase) ? 100 : 0) + (name.StartsWith(query.Phrase, StringComparison.Ordinal) ? 20 : 0);
        for (var w = 0; w < query.Stems.Count; w++)
        {
            var stem = query.Stems[w];
            if (name.StartsWith(stem, StringComparison.Ordinal) || name.Contains(stemStarts[w], StringComparison.Ordinal))
            {
                score += 5;
            }

            if (name.Contains(stem, StringComparison.Ordinal) || name.Contains(query.Words[w], StringComparison.Ordinal))
            {
                score += 2;
            }
        }

        return score;
    }

    // The slots whose text (names or description words, laid end to end from starts[0] to end) holds the needle, in slot order, each once.
    private List<int> Scan(char[] text, int[] starts, int end, string needle)
    {
        var found = new List<int>();
        var from = 0;
        while (from < end)
        {
            var at = text.AsSpan(from, end - from).IndexOf(needle, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var position = Array.BinarySearch(starts, 0, _slots.Count + 1, from + at);
            position = position >= 0 ? position : ~position - 1;

            // Empty runs (no description) share their start with the next slot: the last of them holds the text.
            while (position + 1 < _slots.Count && starts[position + 1] == starts[position])
            {
                position++;
            }

            found.Add(position);
            from = starts[position + 1];
        }

        return found;
    }

    private Dictionary<string, int> BuildVocabulary()
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = uses.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var slot = 0; slot < _slots.Count; slot++)
        {
            if (!_alive[slot])
            {
                continue;
            }

            Add(_slots.Name(slot));
            Add(_slots.WordsOf(slot));
        }

        return uses;

        void Add(ReadOnlySpan<char> text)
        {
            foreach (var range in text.Split(' '))
            {
                var word = text[range];
                if (word.Length >= SearchTypos.MinLength - 1 && !SearchTypos.HasDigit(word))
                {
                    lookup[word] = lookup.TryGetValue(word, out var count) ? count + 1 : 1;
                }
            }
        }
    }
}
