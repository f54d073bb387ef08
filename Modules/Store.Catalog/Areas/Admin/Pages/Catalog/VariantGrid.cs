namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>
/// The editor's variant grid follows the options: one row per combination of their values. Rows that match a
/// combination keep their SKU, prices and stock; a row made for fewer or more options carries over to the first
/// combination that agrees with it (adding Colour to a product sold by Size keeps each size's row); new
/// combinations get new rows; rows whose combination is gone are removed only once the merchandiser confirms.
/// </summary>
internal static class VariantGrid
{
    public const int MaxRows = 100;

    public static IEnumerable<List<string>> Combinations(IReadOnlyList<List<string>> options)
    {
        IEnumerable<List<string>> result = [[]];
        foreach (var values in options)
        {
            result = result.SelectMany(prefix => values.Select(v => new List<string>(prefix) { v })).ToList();
        }

        return result;
    }

    /// <summary>The rows for <paramref name="options"/>, the rows that have no combination any more, and how many rows are new.</summary>
    public static (List<VariantRow> Rows, List<VariantRow> Removed, int Added) Reconcile(IReadOnlyList<List<string>> options, List<VariantRow> posted, string skuStem)
    {
        var combinations = Combinations(options).Take(MaxRows + 1).ToList();
        var claimed = new HashSet<VariantRow>();
        var rows = new VariantRow?[combinations.Count];
        for (var c = 0; c < combinations.Count; c++)
        {
            rows[c] = posted.FirstOrDefault(r => !claimed.Contains(r) && r.Values.SequenceEqual(combinations[c], StringComparer.Ordinal));
            if (rows[c] is { } row)
            {
                claimed.Add(row);
            }
        }

        for (var c = 0; c < combinations.Count; c++)
        {
            if (rows[c] is null && posted.FirstOrDefault(r => !claimed.Contains(r) && r.Values.Count != options.Count && Agrees(r.Values, combinations[c])) is { } carried)
            {
                claimed.Add(carried);
                carried.Values = combinations[c];
                rows[c] = carried;
            }
        }

        var added = 0;
        for (var c = 0; c < combinations.Count; c++)
        {
            if (rows[c] is null)
            {
                added++;
                rows[c] = new VariantRow
                {
                    Values = combinations[c],
                    Sku = string.Join('-', new[] { skuStem }.Concat(combinations[c]).Where(p => p.Length > 0)).ToUpperInvariant().Replace(' ', '-'),
                    Stock = "0",
                };
            }
        }

        return ([.. rows.Select(r => r!)], posted.Where(r => !claimed.Contains(r)).ToList(), added);
    }

    private static bool Agrees(List<string> values, List<string> combination) =>
        values.Zip(combination).All(p => string.Equals(p.First, p.Second, StringComparison.Ordinal));
}
