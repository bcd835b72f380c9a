/** Interactions with prospects by channel; sequences, tasks and SLAs come here later. */
package io.vivier.activity;
