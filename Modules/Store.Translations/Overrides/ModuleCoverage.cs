namespace Store.Translations.Overrides;

/// <summary>How much of one module's strings a culture translates.</summary>
public sealed record ModuleCoverage(string Module, int Total, int Translated, int Fuzzy)
{
    public int Missing => Total - Translated;

    public int Percent => Total == 0 ? 100 : Translated * 100 / Total;
}
