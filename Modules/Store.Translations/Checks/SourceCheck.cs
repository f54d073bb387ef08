using System.Globalization;
using Store.Translations.Extraction;

namespace Store.Translations.Checks;

/// <summary>
/// The check of the whole source tree, as <c>translations check</c> prints it and the tests assert it: each
/// committed template must be what extraction writes now, and each <c>Localization/{culture}.po</c> is checked
/// against its project's template.
/// </summary>
internal static class SourceCheck
{
    public static SourceCheckReport Run(string root)
    {
        var lines = new List<string>();
        var problems = new List<CheckProblem>();
        var totals = new SortedDictionary<string, (int Total, int Translated)>(StringComparer.Ordinal);
        foreach (var project in SourceTree.Projects(root))
        {
            var entries = TemplateExtractor.Extract(project);
            var expected = entries.Count == 0 ? null : TemplateExtractor.Write(project, entries);
            var committed = File.Exists(project.TemplatePath) ? File.ReadAllText(project.TemplatePath) : null;
            if (expected != committed)
            {
                problems.Add(new CheckProblem(true, Relative(root, project.TemplatePath), 0, "out of date: run `dotnet run --project Store.Web -- translations extract` and commit it"));
            }

            if (!Directory.Exists(project.LocalizationFolder))
            {
                continue;
            }

            foreach (var po in Directory.EnumerateFiles(project.LocalizationFolder, "*.po").Order(StringComparer.Ordinal))
            {
                var culture = Path.GetFileNameWithoutExtension(po);
                var file = Relative(root, po);
                var result = PoChecker.Check(file, File.ReadAllText(po), entries);
                problems.AddRange(result.Problems);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{culture} {project.Name}: {result.Translated}/{result.Total} ({result.Coverage:P0}), {result.Missing.Count} missing, {result.Fuzzy} fuzzy, {result.Obsolete.Count} obsolete"));
                var total = totals.GetValueOrDefault(culture);
                totals[culture] = (total.Total + result.Total, total.Translated + result.Translated);
            }
        }

        lines.AddRange(totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}: {t.Value.Translated}/{t.Value.Total} translated")));
        lines.AddRange(problems.Select(p => p.ToString()));
        return new SourceCheckReport(lines, problems);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}

/// <summary>The printed lines and the problems of a <see cref="SourceCheck"/>.</summary>
internal sealed record SourceCheckReport(IReadOnlyList<string> Lines, IReadOnlyList<CheckProblem> Problems)
{
    public int ErrorCount => Problems.Count(p => p.IsError);
}
