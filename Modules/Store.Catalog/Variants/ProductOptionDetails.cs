namespace Store.Catalog.Variants;

public sealed record ProductOptionDetails(string Name, IReadOnlyList<string> Values);
