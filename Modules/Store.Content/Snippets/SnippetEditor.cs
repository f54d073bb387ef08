using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Text;

namespace Store.Content.Snippets;

public sealed class SnippetEditor(StoreDbContext db, ContentCache cache, IStringLocalizer<SnippetEditor> localizer)
{
    public async Task<EditResult<ContentSnippet>> SaveAsync(string key, string? markdown, CancellationToken cancellationToken)
    {
        if (!SnippetKeys.Names.ContainsKey(key))
        {
            return EditResult.Missing<ContentSnippet>();
        }

        var text = markdown?.Trim() ?? string.Empty;
        if (text.Length > ContentSnippet.MaxLength)
        {
            return EditResult.Invalid<ContentSnippet>(nameof(ContentSnippet.Markdown), localizer["The text must be at most {0:N0} characters.", ContentSnippet.MaxLength]);
        }

        var snippet = await db.Set<ContentSnippet>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (snippet is null)
        {
            snippet = new ContentSnippet { Key = key };
            db.Add(snippet);
        }

        snippet.Markdown = text;
        snippet.Html = SafeMarkdown.ToHtml(text);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved(snippet);
    }
}
