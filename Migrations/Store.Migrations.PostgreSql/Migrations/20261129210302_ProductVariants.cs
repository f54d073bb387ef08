using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Store.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProductVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogProductOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Values = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogProductOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogProductOptions_CatalogProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "CatalogProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogProductVariants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Option1 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Option2 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Option3 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    CompareAtPrice = table.Column<long>(type: "bigint", nullable: true),
                    Stock = table.Column<int>(type: "integer", nullable: false),
                    Barcode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ImageKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogProductVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogProductVariants_CatalogProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "CatalogProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogProductOptions_ProductId_Position",
                table: "CatalogProductOptions",
                columns: new[] { "ProductId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogProductVariants_ProductId_Position",
                table: "CatalogProductVariants",
                columns: new[] { "ProductId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogProductVariants_Sku",
                table: "CatalogProductVariants",
                column: "Sku",
                unique: true);

            // BEGIN hand-written data migration (ProductVariants): every existing product becomes one variant
            // with no options, keeping its SKU, price, compare-at price and stock. Runs before the product
            // columns are dropped; the same SQL on SQLite and PostgreSQL.
            migrationBuilder.Sql("""
                INSERT INTO "CatalogProductVariants" ("ProductId", "Position", "Sku", "Price", "CompareAtPrice", "Stock")
                SELECT "Id", 0, "Sku", "Price", "CompareAtPrice", "Stock" FROM "CatalogProducts" ORDER BY "Id";
                """);
            // END hand-written data migration (ProductVariants)

            migrationBuilder.DropIndex(
                name: "IX_CatalogProducts_Sku",
                table: "CatalogProducts");

            migrationBuilder.DropIndex(
                name: "IX_CatalogProducts_Status_Price_Id",
                table: "CatalogProducts");

            migrationBuilder.DropColumn(
                name: "CompareAtPrice",
                table: "CatalogProducts");

            migrationBuilder.DropColumn(
                name: "Price",
                table: "CatalogProducts");

            migrationBuilder.DropColumn(
                name: "Sku",
                table: "CatalogProducts");

            migrationBuilder.DropColumn(
                name: "Stock",
                table: "CatalogProducts");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CompareAtPrice",
                table: "CatalogProducts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Price",
                table: "CatalogProducts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Sku",
                table: "CatalogProducts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Stock",
                table: "CatalogProducts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // BEGIN hand-written data migration (ProductVariants, down): a product takes back its first
            // variant's SKU, its lowest price (with that variant's compare-at price) and all variants' stock.
            migrationBuilder.Sql("""
                UPDATE "CatalogProducts" SET
                    "Sku" = COALESCE((SELECT v."Sku" FROM "CatalogProductVariants" v WHERE v."ProductId" = "CatalogProducts"."Id" ORDER BY v."Position", v."Id" LIMIT 1), 'product-' || "Id"),
                    "Price" = COALESCE((SELECT MIN(v."Price") FROM "CatalogProductVariants" v WHERE v."ProductId" = "CatalogProducts"."Id"), 0),
                    "CompareAtPrice" = (SELECT v."CompareAtPrice" FROM "CatalogProductVariants" v WHERE v."ProductId" = "CatalogProducts"."Id" ORDER BY v."Price", v."Position" LIMIT 1),
                    "Stock" = COALESCE((SELECT SUM(v."Stock") FROM "CatalogProductVariants" v WHERE v."ProductId" = "CatalogProducts"."Id"), 0);
                """);
            // END hand-written data migration (ProductVariants, down)

            migrationBuilder.CreateIndex(
                name: "IX_CatalogProducts_Sku",
                table: "CatalogProducts",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogProducts_Status_Price_Id",
                table: "CatalogProducts",
                columns: new[] { "Status", "Price", "Id" });

            migrationBuilder.DropTable(
                name: "CatalogProductOptions");

            migrationBuilder.DropTable(
                name: "CatalogProductVariants");
        }
    }
}
