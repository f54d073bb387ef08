using Store.Core.Localization;
using Store.Translations.Files;

namespace Store.Translations.Extraction;

/// <summary>
/// Builds a project's <c>.pot</c> from its Liquid templates (pages and emails), C# files and Razor pages (the admin's,
/// read as C#: <c>@T["..."]</c>): one entry per
/// (context, msgid), with every place it is used, sorted so the output only changes when the strings do.
/// </summary>
internal static class TemplateExtractor
{
    private static readonly string[] Skipped = ["bin", "obj"];

    public static IReadOnlyList<PoFileEntry> Extract(SourceProject project)
    {
        var found = new List<FoundString>();
        foreach (var file in Files(project.Folder))
        {
            var relative = Path.GetRelativePath(project.Folder, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            found.AddRange(file.EndsWith(".liquid", StringComparison.Ordinal) ? LiquidStrings.Find(text, relative) : CSharpStrings.Find(text, relative));
        }

        return [.. found
            .GroupBy(f => (f.Context, f.Id))
            .Select(g => new PoFileEntry(
                g.Key.Context,
                g.Key.Id,
                g.Select(f => f.IdPlural).FirstOrDefault(p => p is not null),
                [],
                Fuzzy: false,
                [.. g.Select(f => f.Reference).Distinct().Order(StringComparer.Ordinal)],
                Line: 0))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Context, StringComparer.Ordinal)];
    }

    /// <summary>The <c>.pot</c> text for <paramref name="entries"/>; the same strings always give the same bytes.</summary>
    public static string Write(SourceProject project, IReadOnlyList<PoFileEntry> entries) =>
        PoWriter.Write(
            [$"Strings of {project.Name}, written by `dotnet run --project Store.Web -- translations extract`: do not edit by hand."],
            ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"],
            entries);

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".liquid", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => Skipped.Contains(part)))
            .Order(StringComparer.Ordinal);
}
