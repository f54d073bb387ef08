using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Store.Core.Liquid;

/// <summary>Lets Liquid's <c>{% render 'Partials/Card' %}</c> and <c>{% include %}</c> find templates in the catalog.</summary>
internal sealed class TemplateFileProvider(TemplateCatalog catalog) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) =>
        catalog.TryGetSource(subpath, out var source)
            ? new TemplateFile(subpath, Encoding.UTF8.GetBytes(source))
            : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TemplateFile(string name, byte[] content) : IFileInfo
    {
        public bool Exists => true;

        public long Length => content.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(content, writable: false);
    }
}
