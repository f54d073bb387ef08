namespace Store.Translations.Api;

/// <summary>How many translations an import changed.</summary>
public sealed record ImportResponse(int Changed);
