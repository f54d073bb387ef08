namespace Store.Catalog.Contracts;

/// <summary>One option of a variant and its value, such as ("Size", "M").</summary>
public sealed record VariantOptionValue(string Option, string Value);
