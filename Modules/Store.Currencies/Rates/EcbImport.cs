namespace Store.Currencies.Rates;

/// <summary>What an ECB import did: rates written, the file's latest day, currencies updated and those the file lacks.</summary>
public sealed record EcbImport(int Rates, DateTime LatestDay, IReadOnlyList<string> Updated, IReadOnlyList<string> Missing);
