// office-addin-mock needs only the OfficeApp names from office-addin-manifest, and
// that package's ESM-only dependencies do not load under jest 30 (TOOLCHAIN.md).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
