/**
 * The configuration file actions over AMI (spec 01 §9.3, §3.5; manager.c): GetConfig,
 * GetConfigJSON, ListCategories, UpdateConfig and CreateConfig, reading with the config module's
 * reader and saving with its {@link org.switchboard.config.ConfigWriter}.
 */
package org.switchboard.manager.config;
