/** The review watch's workbench contributions: not API. */
package com.example.reviewwatch.ui.internal;
