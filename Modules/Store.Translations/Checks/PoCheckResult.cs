namespace Store.Translations.Checks;

/// <summary>What checking one culture's PO file against its template found.</summary>
internal sealed record PoCheckResult(int Total, int Translated, int Fuzzy, IReadOnlyList<string> Missing, IReadOnlyList<string> Obsolete, IReadOnlyList<CheckProblem> Problems)
{
    public double Coverage => Total == 0 ? 1 : (double)Translated / Total;

    public bool HasErrors => Problems.Any(p => p.IsError);
}
