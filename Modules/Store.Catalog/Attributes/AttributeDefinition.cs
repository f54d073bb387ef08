namespace Store.Catalog.Attributes;

/// <summary>A product attribute a merchandiser defines (colour, material, waterproof...); its values become filters.</summary>
public sealed class AttributeDefinition
{
    public const int NameMaxLength = 100;
    public const int ChoiceMaxLength = 100;

    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The key in filter URLs: <c>?attr.colour=Red</c>.</summary>
    public string Slug { get; set; } = string.Empty;

    public AttributeType Type { get; set; }

    /// <summary>The allowed values of a <see cref="AttributeType.Choice"/> attribute, in display order.</summary>
    public List<string> Choices { get; set; } = [];

    public int SortOrder { get; set; }

    /// <summary>Goes up by one on every change; editors and API writes send the one they read (see <see cref="EditConflict"/>).</summary>
    public int Version { get; set; }
}
