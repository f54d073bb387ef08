namespace Store.Translations.Extraction;

/// <summary>
/// The shop's source folders that ship strings: Core, each module and the theme, each with its own
/// <c>Localization/messages.pot</c>. Found from the folder holding <c>Store.sln</c>.
/// </summary>
internal static class SourceTree
{
    public const string TemplateFile = "messages.pot";

    private static readonly string[] Parents = ["Framework", "Modules", "Themes"];

    /// <summary>The folder holding <c>Store.sln</c>, searched upwards from <paramref name="start"/>; null when there is none.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Store.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Each project folder (one holding a <c>.csproj</c>) under Framework, Modules and Themes, by name.</summary>
    public static IReadOnlyList<SourceProject> Projects(string root) =>
        [.. Parents
            .Select(p => Path.Combine(root, p))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(d => new SourceProject(Path.GetFileName(d), d))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
}

/// <summary>A project folder: <paramref name="Name"/> is its assembly's name (<c>Store.Catalog</c>).</summary>
internal sealed record SourceProject(string Name, string Folder)
{
    public string LocalizationFolder => Path.Combine(Folder, "Localization");

    public string TemplatePath => Path.Combine(LocalizationFolder, SourceTree.TemplateFile);
}
