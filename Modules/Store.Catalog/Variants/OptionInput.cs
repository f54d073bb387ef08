namespace Store.Catalog.Variants;

/// <summary>An option as a merchandiser defines it: a name ("Size") and its values in order ("S", "M", "L").</summary>
public sealed record OptionInput(string? Name, IReadOnlyList<string>? Values);
