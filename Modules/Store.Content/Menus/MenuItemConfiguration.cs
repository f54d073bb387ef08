using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Content.Menus;

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> builder)
    {
        builder.ToTable("ContentMenuItems");
        builder.Property(m => m.Menu).HasMaxLength(20);
        builder.Property(m => m.Label).HasMaxLength(MenuItem.LabelMaxLength);
        builder.Property(m => m.Url).HasMaxLength(MenuItem.UrlMaxLength);
        builder.HasIndex(m => new { m.Menu, m.Position });
    }
}
