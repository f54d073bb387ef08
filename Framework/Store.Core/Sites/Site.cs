namespace Store.Core.Sites;

/// <summary>The shop's own settings; exactly one row exists once setup has run.</summary>
public sealed class Site
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string Name { get; set; }

    /// <summary>ISO 4217 code of the shop's prices, e.g. <c>USD</c>.</summary>
    public required string Currency { get; set; }

    public required string DefaultCulture { get; set; }

    public string RecipeName { get; set; } = "default";

    public DateTime SetUpUtc { get; set; }
}
