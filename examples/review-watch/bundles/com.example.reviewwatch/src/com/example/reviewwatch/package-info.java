/**
 * Online review watch: public reviews of the company's clients (from review sites, imported from a file),
 * linked to Parley clients. The API the plug-in's own UI uses; see {@link com.example.reviewwatch.ReviewWatch}.
 */
package com.example.reviewwatch;
