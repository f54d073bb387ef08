using Store.Core.Hosting;
using Store.Translations.Checks;
using Store.Translations.Extraction;

namespace Store.Translations.Commands;

/// <summary>
/// <c>translations extract</c> writes each project's <c>Localization/messages.pot</c>; <c>translations check</c>
/// reports per culture and project the coverage, missing and obsolete entries and the errors, and fails (exit 1)
/// on an error or a template that is not what extraction writes. Both work on the source tree (the folder
/// with <c>Store.sln</c>, found from the current folder), never on the database.
/// </summary>
internal sealed class TranslationsCommand : IStoreCommand
{
    public string Name => "translations";

    public Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0] : string.Empty;
        var root = SourceTree.FindRoot(args.Count > 1 ? args[1] : Directory.GetCurrentDirectory());
        if (root is null)
        {
            output.WriteLine("Run this from the shop's source tree (the folder with Store.sln), or pass its path after the verb.");
            return Task.FromResult(2);
        }

        return Task.FromResult(verb switch
        {
            "extract" => Extract(root, output),
            "check" => Check(root, output),
            _ => Usage(output),
        });
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("Usage: translations extract|check [source folder]");
        return 2;
    }

    private static int Extract(string root, TextWriter output)
    {
        foreach (var project in SourceTree.Projects(root))
        {
            var entries = TemplateExtractor.Extract(project);
            if (entries.Count == 0)
            {
                // A project that lost its last string must not keep a template of strings it no longer has.
                if (File.Exists(project.TemplatePath))
                {
                    File.Delete(project.TemplatePath);
                }

                continue;
            }

            Directory.CreateDirectory(project.LocalizationFolder);
            File.WriteAllText(project.TemplatePath, TemplateExtractor.Write(project, entries));
            output.WriteLine($"{project.Name}: {entries.Count} strings -> {Path.GetRelativePath(root, project.TemplatePath)}");
        }

        return 0;
    }

    private static int Check(string root, TextWriter output)
    {
        var report = SourceCheck.Run(root);
        foreach (var line in report.Lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine(report.ErrorCount == 0 ? "No errors." : $"{report.ErrorCount} error(s).");
        return report.ErrorCount == 0 ? 0 : 1;
    }
}
