// Jest stand-in for office-addin-manifest (it pulls an ESM-only module); office-addin-mock only
// reads the OfficeApp enum from it.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
